from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "conventio.core"
    label = "core"
    verbose_name = "socle"
