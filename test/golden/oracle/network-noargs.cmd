docker network
notty
