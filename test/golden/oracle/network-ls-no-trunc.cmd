docker network ls --no-trunc
notty
