docker network ls
notty
