docker exec nosuch sh
notty
