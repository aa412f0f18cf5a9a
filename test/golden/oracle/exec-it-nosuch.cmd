docker exec -it nosuch sh
notty
