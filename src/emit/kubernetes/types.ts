/**
 * The subset of the Kubernetes API decant writes, as typed data. Field names
 * are the API's; the strict schema check in src/emit/lint keeps them honest.
 */
export interface ObjectMeta {
  name: string;
  labels: Record<string, string>;
  annotations?: Record<string, string>;
}

export type EnvVar = { name: string; value: string } | { name: string; valueFrom: { secretKeyRef: { name: string; key: string } } };

export interface ContainerPort {
  name: string;
  containerPort: number;
  protocol: 'TCP' | 'UDP';
}

export type Probe =
  | { tcpSocket: { port: number }; initialDelaySeconds: number; periodSeconds: number; timeoutSeconds: number; failureThreshold: number }
  | { exec: { command: string[] }; initialDelaySeconds: number; periodSeconds: number; timeoutSeconds: number; failureThreshold: number };

export interface VolumeMount {
  name: string;
  mountPath: string;
  subPath?: string;
  readOnly?: boolean;
}

export interface ContainerSecurityContext {
  allowPrivilegeEscalation: false;
  capabilities: { drop: ['ALL']; add?: string[] };
  readOnlyRootFilesystem: boolean;
  runAsNonRoot: boolean;
  runAsUser?: number;
  runAsGroup?: number;
}

export interface Container {
  name: string;
  image: string;
  imagePullPolicy: 'IfNotPresent';
  command?: string[];
  ports?: ContainerPort[];
  env?: EnvVar[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
  securityContext: ContainerSecurityContext;
  volumeMounts?: VolumeMount[];
}

export type Volume =
  | { name: string; configMap: { name: string } }
  | { name: string; hostPath: { path: string; type: 'Directory' } }
  | { name: string; persistentVolumeClaim: { claimName: string } }
  | { name: string; secret: { secretName: string; defaultMode?: number } }
  | { name: string; emptyDir: Record<string, never> };

export interface PodSpec {
  automountServiceAccountToken: false;
  hostAliases?: { ip: string; hostnames: string[] }[];
  initContainers?: Container[];
  containers: Container[];
  restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  hostNetwork?: true;
  dnsPolicy?: 'ClusterFirstWithHostNet';
  securityContext?: { fsGroup?: number; runAsNonRoot?: boolean; seccompProfile: { type: 'RuntimeDefault' } };
  volumes?: Volume[];
}

export interface PodTemplate {
  metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
  spec: PodSpec;
}

export interface Deployment {
  apiVersion: 'apps/v1';
  kind: 'Deployment';
  metadata: ObjectMeta;
  spec: {
    replicas: number;
    revisionHistoryLimit: number;
    selector: { matchLabels: Record<string, string> };
    strategy: { type: 'RollingUpdate'; rollingUpdate: { maxSurge: number; maxUnavailable: number } };
    template: PodTemplate;
  };
}

export interface PersistentVolumeClaimTemplate {
  metadata: { name: string; labels: Record<string, string> };
  spec: { accessModes: ['ReadWriteOnce']; resources: { requests: { storage: string } } };
}

export interface StatefulSet {
  apiVersion: 'apps/v1';
  kind: 'StatefulSet';
  metadata: ObjectMeta;
  spec: {
    replicas: number;
    serviceName: string;
    selector: { matchLabels: Record<string, string> };
    updateStrategy: { type: 'RollingUpdate' };
    template: PodTemplate;
    volumeClaimTemplates: PersistentVolumeClaimTemplate[];
  };
}

export interface DaemonSet {
  apiVersion: 'apps/v1';
  kind: 'DaemonSet';
  metadata: ObjectMeta;
  spec: {
    revisionHistoryLimit: number;
    selector: { matchLabels: Record<string, string> };
    updateStrategy: { type: 'RollingUpdate'; rollingUpdate: { maxUnavailable: number } };
    template: PodTemplate;
  };
}

export interface PersistentVolumeClaim {
  apiVersion: 'v1';
  kind: 'PersistentVolumeClaim';
  metadata: ObjectMeta;
  spec: { accessModes: ['ReadWriteOnce']; resources: { requests: { storage: string } } };
}

export interface Service {
  apiVersion: 'v1';
  kind: 'Service';
  metadata: ObjectMeta;
  spec: {
    type: 'ClusterIP' | 'LoadBalancer';
    clusterIP?: 'None';
    selector: Record<string, string>;
    ports: { name: string; port: number; targetPort: number; protocol: 'TCP' | 'UDP' }[];
  };
}

export interface ConfigMap {
  apiVersion: 'v1';
  kind: 'ConfigMap';
  metadata: ObjectMeta;
  data: Record<string, string>;
}

export interface Secret {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: ObjectMeta;
  type: 'Opaque';
  stringData: Record<string, string>;
}

export interface JobSpec {
  backoffLimit: number;
  ttlSecondsAfterFinished?: number;
  template: PodTemplate;
}

export interface Job {
  apiVersion: 'batch/v1';
  kind: 'Job';
  metadata: ObjectMeta;
  spec: JobSpec;
}

export interface CronJob {
  apiVersion: 'batch/v1';
  kind: 'CronJob';
  metadata: ObjectMeta;
  spec: {
    schedule: string;
    concurrencyPolicy: 'Forbid';
    successfulJobsHistoryLimit: number;
    failedJobsHistoryLimit: number;
    jobTemplate: { metadata: { labels: Record<string, string> }; spec: JobSpec };
  };
}

export interface Ingress {
  apiVersion: 'networking.k8s.io/v1';
  kind: 'Ingress';
  metadata: ObjectMeta;
  spec: {
    rules: {
      host?: string;
      http: { paths: { path: string; pathType: 'Prefix'; backend: { service: { name: string; port: { number: number } } } }[] };
    }[];
  };
}

export interface NetworkPolicyPort {
  port: number;
  protocol: 'TCP' | 'UDP';
}

export interface NetworkPolicyPeer {
  podSelector?: { matchLabels: Record<string, string> };
  namespaceSelector?: { matchLabels: Record<string, string> };
}

export interface NetworkPolicy {
  apiVersion: 'networking.k8s.io/v1';
  kind: 'NetworkPolicy';
  metadata: ObjectMeta;
  spec: {
    podSelector: { matchLabels: Record<string, string> };
    policyTypes: ('Ingress' | 'Egress')[];
    ingress?: { from?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }[];
    egress?: { to?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }[];
  };
}

export interface Kustomization {
  apiVersion: 'kustomize.config.k8s.io/v1beta1';
  kind: 'Kustomization';
  resources: string[];
}

export type KubernetesObject = Deployment | StatefulSet | DaemonSet | Service | ConfigMap | Secret | Job | CronJob | PersistentVolumeClaim | Ingress | NetworkPolicy;
