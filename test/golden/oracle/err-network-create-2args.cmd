docker network create a b
notty
