docker network create bridge
notty
