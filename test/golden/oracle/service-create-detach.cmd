docker service create --detach --name d1 alpine sleep 50m
notty
