from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "conventio.web"
    label = "web"
    verbose_name = "interface web"
