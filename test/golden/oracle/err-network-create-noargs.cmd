docker network create
notty
