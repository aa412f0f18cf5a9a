docker service create --name svc_tty120 --network minha_rede_overlay --replicas 2 alpine sleep 50m
tty cols=120
