docker node ls extra
notty
