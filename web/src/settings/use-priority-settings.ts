// Reads and saves the workspace's priority weights (GET/PUT /api/v1/workspace/priority-settings).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { PrioritySettings } from '../../../src/domain/priority-settings.ts';

export interface PrioritySettingsAnswer {
  settings: PrioritySettings;
  defaults: PrioritySettings;
  updatedAt: string | null;
  updatedBy: string | null;
}

const URL = '/api/v1/workspace/priority-settings';

export function usePrioritySettings(isEnabled: boolean) {
  return useQuery({
    queryKey: queryKeys.prioritySettings, enabled: isEnabled,
    queryFn: ({ signal }) => api.get<PrioritySettingsAnswer>(URL, signal),
  });
}

export function useSavePrioritySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: PrioritySettings) => api.put<PrioritySettingsAnswer>(URL, settings),
    onSuccess: (answer) => client.setQueryData(queryKeys.prioritySettings, answer),
  });
}
