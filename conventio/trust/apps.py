from django.apps import AppConfig


class TrustConfig(AppConfig):
    name = "conventio.trust"
    label = "trust"
    verbose_name = "habilitations"
