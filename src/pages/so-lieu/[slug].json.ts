import { datasetDownloadRoute } from '../../data/dataset-downloads';

export const { getStaticPaths, GET } = datasetDownloadRoute('json');
