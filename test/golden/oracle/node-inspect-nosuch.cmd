docker node inspect nosuch
notty
