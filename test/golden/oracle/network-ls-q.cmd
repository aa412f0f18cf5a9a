docker network ls -q
notty
