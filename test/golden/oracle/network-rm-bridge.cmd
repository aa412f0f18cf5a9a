docker network rm bridge
notty
