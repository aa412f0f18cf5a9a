docker network inspect
notty
