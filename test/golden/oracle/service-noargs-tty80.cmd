docker service
tty cols=80
