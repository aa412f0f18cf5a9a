docker
tty cols=80
