from django.apps import AppConfig


class BudgetConfig(AppConfig):
    name = "conventio.budget"
    label = "budget"
    verbose_name = "exécution budgétaire"
