docker node inspect
notty
