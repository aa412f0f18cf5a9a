docker network create none
notty
