docker ps extra
notty
