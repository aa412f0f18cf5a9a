docker network ls extra
notty
