docker ps --no-trunc
notty
