docker service create --name ctrlc_notty alpine sleep 50m
notty
# SIGINT sent to the docker process after 0.5 s
