{{/* Names: the release's resources are "<release>-beacon[-component]" unless overridden. */}}
{{- define "beacon.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "beacon.fullname" -}}
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

{{- define "beacon.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "beacon.labels" -}}
helm.sh/chart: {{ include "beacon.chart" . }}
{{ include "beacon.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Selects every Beacon pod of the release; add app.kubernetes.io/component to select one Deployment's. */}}
{{- define "beacon.selectorLabels" -}}
app.kubernetes.io/name: {{ include "beacon.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "beacon.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "beacon.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "beacon.image" -}}
{{- printf "%s:%s" (required "image.repository is required: the image built from the Dockerfile, in a registry the cluster pulls from, e.g. registry.example.org/beacon" .Values.image.repository) (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* A secretKeyRef environment variable: (list name secret key). */}}
{{- define "beacon.secretEnv" -}}
{{- $name := index . 0 }}{{ $secret := index . 1 }}{{ $key := index . 2 -}}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret | quote }}
      key: {{ $key | quote }}
{{- end }}

{{/*
The pod template shared by the API and the worker Deployments.
Parameters (dict): root (the chart context), component (label value), roles (list), resources, env (map), api (bool).
*/}}
{{- define "beacon.podTemplate" -}}
{{- $root := .root }}
{{- $v := $root.Values -}}
metadata:
  labels:
    {{- include "beacon.selectorLabels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .component }}
    {{- with $v.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  annotations:
    # A changed ConfigMap rolls the pods: environment variables are read only at start.
    checksum/config: {{ include (print $root.Template.BasePath "/configmap.yaml") $root | sha256sum }}
    {{- if $v.metrics.podAnnotations }}
    prometheus.io/scrape: "true"
    prometheus.io/port: {{ $v.ports.management | quote }}
    prometheus.io/path: /actuator/prometheus
    {{- end }}
    {{- with $v.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "beacon.serviceAccountName" $root }}
  # Beacon never calls the Kubernetes API.
  automountServiceAccountToken: false
  {{- with $v.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  terminationGracePeriodSeconds: {{ $v.terminationGracePeriodSeconds }}
  securityContext:
    # The image's user; numeric, so the kubelet can verify it is not root.
    runAsNonRoot: true
    runAsUser: 10001
    runAsGroup: 10001
    fsGroup: 10001
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: beacon
      image: {{ include "beacon.image" $root | quote }}
      imagePullPolicy: {{ $v.image.pullPolicy }}
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: ["ALL"]
      ports:
        {{- if .api }}
        - name: http
          containerPort: {{ $v.ports.http }}
        {{- end }}
        - name: management
          containerPort: {{ $v.ports.management }}
      envFrom:
        - configMapRef:
            name: {{ include "beacon.fullname" $root }}
      env:
        - name: BEACON_ROLES
          value: {{ join "," .roles | quote }}
        {{- /* Every role binds and validates the database, link and Twilio settings at start, so every pod gets them. */}}
        {{- include "beacon.secretEnv" (list "DATABASE_USERNAME" $v.database.existingSecret $v.database.usernameKey) | nindent 8 }}
        {{- include "beacon.secretEnv" (list "DATABASE_PASSWORD" $v.database.existingSecret $v.database.passwordKey) | nindent 8 }}
        {{- include "beacon.secretEnv" (list "BEACON_LINK_SECRET" $v.linkSecret.existingSecret $v.linkSecret.key) | nindent 8 }}
        {{- include "beacon.secretEnv" (list "BEACON_CRYPTO_KEYS" $v.crypto.existingSecret $v.crypto.keysKey) | nindent 8 }}
        {{- include "beacon.secretEnv" (list "BEACON_CRYPTO_LOOKUP_KEY" $v.crypto.existingSecret $v.crypto.lookupKeyKey) | nindent 8 }}
        {{- include "beacon.secretEnv" (list "TWILIO_ACCOUNT_SID" $v.twilio.existingSecret $v.twilio.accountSidKey) | nindent 8 }}
        {{- include "beacon.secretEnv" (list "TWILIO_AUTH_TOKEN" $v.twilio.existingSecret $v.twilio.authTokenKey) | nindent 8 }}
        {{- if $v.smtp.existingSecret }}
        {{- include "beacon.secretEnv" (list "SMTP_USERNAME" $v.smtp.existingSecret $v.smtp.usernameKey) | nindent 8 }}
        {{- include "beacon.secretEnv" (list "SMTP_PASSWORD" $v.smtp.existingSecret $v.smtp.passwordKey) | nindent 8 }}
        {{- end }}
        {{- if $v.kafka.sasl.enabled }}
        {{- include "beacon.secretEnv" (list "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG" $v.kafka.sasl.jaasConfigSecret.name $v.kafka.sasl.jaasConfigSecret.key) | nindent 8 }}
        {{- end }}
        {{- range $name, $value := merge (dict) (default (dict) .env) (default (dict) $v.env) }}
        - name: {{ $name }}
          value: {{ $value | quote }}
        {{- end }}
      # Generous at start (Flyway migrations, topic creation); then liveness restarts a stuck JVM and readiness takes
      # a pod out of the Service while it cannot take work.
      startupProbe:
        httpGet:
          path: /actuator/health/liveness
          port: management
        periodSeconds: 5
        failureThreshold: 36
      livenessProbe:
        httpGet:
          path: /actuator/health/liveness
          port: management
        periodSeconds: 10
        timeoutSeconds: 3
        failureThreshold: 3
      readinessProbe:
        httpGet:
          path: /actuator/health/readiness
          port: management
        periodSeconds: 5
        timeoutSeconds: 3
        failureThreshold: 3
      {{- if .api }}
      lifecycle:
        preStop:
          # Lets the Service and the ingress stop routing to the pod before Tomcat stops taking requests.
          exec:
            command: ["sleep", "10"]
      {{- end }}
      resources:
        {{- toYaml .resources | nindent 8 }}
      volumeMounts:
        # The root filesystem is read-only; Tomcat and the JVM write their temporary files here.
        - name: tmp
          mountPath: /tmp
        {{- if and $v.kafka.tls.enabled $v.kafka.tls.caSecret.name }}
        - name: kafka-ca
          mountPath: /etc/beacon/kafka-ca
          readOnly: true
        {{- end }}
  volumes:
    - name: tmp
      emptyDir: {}
    {{- if and $v.kafka.tls.enabled $v.kafka.tls.caSecret.name }}
    - name: kafka-ca
      secret:
        secretName: {{ $v.kafka.tls.caSecret.name }}
        items:
          - key: {{ $v.kafka.tls.caSecret.key }}
            path: ca.crt
    {{- end }}
  {{- with $v.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
