docker network inspect minha_rede_overlay
notty
