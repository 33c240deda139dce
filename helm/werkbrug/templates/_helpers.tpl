{{/*
Chart name, cut to 63 characters because some Kubernetes name fields are limited to that (DNS naming).
*/}}
{{- define "werkbrug.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name, cut to 63 characters. A release name that already contains the chart name is used as is.
*/}}
{{- define "werkbrug.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version for the helm.sh/chart label.
*/}}
{{- define "werkbrug.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of every object.
*/}}
{{- define "werkbrug.labels" -}}
helm.sh/chart: {{ include "werkbrug.chart" . }}
{{ include "werkbrug.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: werkbrug
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Labels that select the portal pods; they must never change between upgrades.
*/}}
{{- define "werkbrug.selectorLabels" -}}
app.kubernetes.io/name: {{ include "werkbrug.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Name of the ServiceAccount the pods run as.
*/}}
{{- define "werkbrug.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "werkbrug.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Portal image reference: repository@digest when a digest is set, else repository:tag (tag defaults to appVersion).
*/}}
{{- define "werkbrug.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/*
Name of the ConfigMap with the application settings.
*/}}
{{- define "werkbrug.configMapName" -}}
{{- printf "%s-config" (include "werkbrug.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
A Secret name from values that must be set. The chart only references existing Secrets and never renders one.
Usage: include "werkbrug.requiredSecret" (list .Values.database.app.existingSecret "database.app.existingSecret" "what it holds")
*/}}
{{- define "werkbrug.requiredSecret" -}}
{{- $name := index . 0 -}}
{{- $path := index . 1 -}}
{{- $holds := index . 2 -}}
{{- required (printf "%s is required: the name of an existing Secret that holds %s. This chart never creates Secrets." $path $holds) $name -}}
{{- end }}
