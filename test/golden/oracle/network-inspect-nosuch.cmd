docker network inspect nosuch
notty
