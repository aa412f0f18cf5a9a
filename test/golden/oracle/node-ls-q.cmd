docker node ls -q
notty
