docker network inspect bridge
notty
