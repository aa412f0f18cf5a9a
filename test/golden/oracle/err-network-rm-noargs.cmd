docker network rm
notty
