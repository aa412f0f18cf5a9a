docker network create -d overlay x
notty
