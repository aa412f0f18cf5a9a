docker network rm nosuch
notty
