docker network create host
notty
