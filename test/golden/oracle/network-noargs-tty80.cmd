docker network
tty cols=80
