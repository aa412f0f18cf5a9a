docker service scale teste_discovery_search=2
tty cols=80
