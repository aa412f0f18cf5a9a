docker exec -e
notty
