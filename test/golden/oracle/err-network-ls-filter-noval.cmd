docker network ls --filter
notty
