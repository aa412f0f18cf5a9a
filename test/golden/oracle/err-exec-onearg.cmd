docker exec onlyone
notty
