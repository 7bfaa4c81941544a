from django.apps import AppConfig


class RegisterConfig(AppConfig):
    name = "conventio.register"
    label = "register"
    verbose_name = "registre des conventions"
