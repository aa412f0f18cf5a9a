docker service create --name ctrlc2 alpine sleep 50m
tty cols=80
# python3 pty; Ctrl-C byte 0x03 sent after 0.5 s, which landed in the verify phase
