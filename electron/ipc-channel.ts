/** The single IPC channel every Api call travels on; the method name is its first argument. */
export const API_CHANNEL = 'rapport:api';
