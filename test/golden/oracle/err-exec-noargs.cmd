docker exec
notty
