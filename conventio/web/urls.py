"""URL map of the back office (namespace « register ») and of the site's fixed pages.

Views live in `conventio/web/views/` (one module per screen family); the footer URL
names are the ones django-dsfr's footer resolves.
"""

from django.contrib.auth import views as auth_views
from django.urls import path

from conventio.web.views import chorus, conventions, execution, ingestion, organisations, pages, portfolio, reports


app_name = "register"

urlpatterns = [
    path("", conventions.convention_list, name="conventions"),
    path("conventions/<int:pk>/", conventions.convention_detail, name="convention"),
    path("conventions/<int:pk>/versions/", conventions.version_diff, name="version_diff"),
    path("conventions/<int:pk>/transition/", conventions.transition, name="transition"),
    path("conventions/<int:pk>/termination/", conventions.termination, name="termination"),
    path("conventions/<int:pk>/execution/ouvrir/", execution.open_execution, name="open_execution"),
    path("conventions/<int:pk>/execution/<str:operation>/", execution.record_operation, name="record_operation"),
    path("conventions/<int:pk>/rapport-execution.pdf", reports.execution_report_pdf, name="execution_report_pdf"),
    path("conventions/<int:pk>/rapport-execution.xlsx", reports.execution_report_xlsx, name="execution_report_xlsx"),
    path("documents/<int:pk>/", conventions.document_download, name="document"),
    path("organisations/", organisations.organisation_list, name="organisations"),
    path("organisations/<int:pk>/", organisations.organisation_detail, name="organisation"),
    path("organisations/<int:pk>/merge/", organisations.organisation_merge, name="organisation_merge"),
    path("portefeuille/", portfolio.portfolio, name="portfolio"),
    path("deposer/", ingestion.upload, name="upload"),
    path("relecture/<int:pk>/", ingestion.review, name="review"),
    path("chorus/importer/", chorus.upload, name="chorus_upload"),
    path("chorus/imports/", chorus.import_list, name="chorus_imports"),
    path("chorus/imports/<int:pk>/", chorus.import_detail, name="chorus_import"),
    path("chorus/imports/<int:pk>/etat.json", chorus.import_state, name="chorus_state"),
    path("chorus/imports/<int:pk>/relancer/", chorus.import_relaunch, name="chorus_relaunch"),
]

site_urlpatterns = [
    path("connexion/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("deconnexion/", auth_views.LogoutView.as_view(), name="logout"),
    path("accessibilite/", pages.accessibility, name="footer-accessibility-status"),
    path("mentions-legales/", pages.legal_notice, name="footer-legal-notice"),
    path("donnees-personnelles/", pages.personal_data, name="footer-personal-data"),
    path("plan-du-site/", pages.sitemap, name="footer-sitemap"),
    path("cookies/", pages.cookies, name="footer-cookie-management"),
]
